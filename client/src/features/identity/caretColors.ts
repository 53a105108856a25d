export { CARET_COLORS } from '@iap/shared';
