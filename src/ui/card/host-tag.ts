/** The element name of Crosscount's one node in a page (its UI's host). */
export const UI_HOST_TAG = 'crosscount-ui';
