/** The one password rule, checked by the server and explained by the web app before submitting. */
export const MIN_PASSWORD_LENGTH = 10;
