// The emulator's demo account the sample app signs in with (see @inkwell/axigen-emulator's README).
export const demoAccount = { username: 'alice@inkwell.test', password: 'wonderland' } as const;
