import { render } from 'preact';
import { welcomeStrings } from '../../src/ui/i18n/welcome';
import { browserLanguage } from '../../src/ui/i18n/language';
import { Welcome } from '../../src/ui/welcome/Welcome';
import '../../src/ui/popup/theme.css';
import '../../src/ui/welcome/welcome.css';

const lang = browserLanguage();
document.documentElement.lang = lang;
document.title = welcomeStrings(lang).title;
render(<Welcome lang={lang} />, document.getElementById('app')!);
