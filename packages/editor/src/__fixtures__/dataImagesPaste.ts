import { PNG_A_DATA_URL, PNG_B_DATA_URL } from './images';

// HTML as some web apps and Outlook put it on the clipboard: screenshots as data: URIs (one twice), a remote
// image that must stay a link, and an SVG data URI that must not be sent.
export const DATA_IMAGES_PASTE = `<p>Before <img src="${PNG_A_DATA_URL}" alt="first"> middle <img src="${PNG_B_DATA_URL}" alt="second"></p>
<p>Again <img src="${PNG_A_DATA_URL}" alt="first again"> and remote <img src="https://images.example.net/logo.png" alt="logo"></p>
<p>Vector <img src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=" alt="vector"></p>`;
