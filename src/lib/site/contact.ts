/** The talent programme's functional e-mail address: the one place the site takes it from. */
export const contactEmail = 'talent@hengelo.nl';
