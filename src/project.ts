// The project's public address: the manifest's homepage_url and where "Report
// a wrong highlight" files its report. Set it here, once, when Crosscount is
// published (README, "Publishing").

export const PROJECT_URL = 'https://github.com/crosscount/crosscount';

/** The "wrong highlight" issue form (.github/ISSUE_TEMPLATE/wrong-highlight.yml). */
export const REPORT_FORM_URL = `${PROJECT_URL}/issues/new`;
export const REPORT_TEMPLATE = 'wrong-highlight.yml';

/** The oldest browsers Crosscount runs in (README's browser table). */
export const CHROME_MIN = '105';
// Firefox 140 is the first release with the CSS Custom Highlight API and the
// first desktop release where `data_collection_permissions` is understood.
export const FIREFOX_MIN = '140.0';
