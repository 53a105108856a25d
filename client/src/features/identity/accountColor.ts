export { accountColor } from '@iap/shared';
