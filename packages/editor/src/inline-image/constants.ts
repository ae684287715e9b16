export const MIN_IMAGE_WIDTH = 32;
