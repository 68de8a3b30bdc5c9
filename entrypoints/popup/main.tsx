import { render } from 'preact';
import { Popup } from '../../src/ui/popup/Popup';
import { browserLanguage } from '../../src/ui/i18n/language';
import '../../src/ui/popup/theme.css';
import '../../src/ui/card/figure-chart.css';
import '../../src/ui/card/overview.css';
import '../../src/ui/popup/popup.css';

const lang = browserLanguage();
document.documentElement.lang = lang;
render(<Popup lang={lang} search={location.search} />, document.getElementById('app')!);
