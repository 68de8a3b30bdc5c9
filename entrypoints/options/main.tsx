import { render } from 'preact';
import { popupStrings } from '../../src/ui/i18n/popup';
import { Options } from '../../src/ui/options/Options';
import { browserLanguage } from '../../src/ui/i18n/language';
import '../../src/ui/popup/theme.css';
import '../../src/ui/card/figure-chart.css';
import '../../src/ui/options/options.css';

const lang = browserLanguage();
document.documentElement.lang = lang;
document.title = popupStrings(lang).optionsTitle;
render(<Options lang={lang} />, document.getElementById('app')!);
