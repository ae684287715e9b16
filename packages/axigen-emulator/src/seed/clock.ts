// Seed dates are fixed (deterministic): minutes before 2026-11-20 09:00 UTC.
export const SEED_EPOCH = 1795165200;
export const minutesAgo = (m: number) => SEED_EPOCH - m * 60;
export const ALICE = 'Alice Liddell <alice@inkwell.test>';
export const BOB = 'Bob Builder <bob@inkwell.test>';
export const HATTER = 'Mad Hatter <hatter@teaparty.example>';
export const HARE = 'March Hare <hare@teaparty.example>';
export const RABBIT = 'White Rabbit <rabbit@wonderland.example>';
