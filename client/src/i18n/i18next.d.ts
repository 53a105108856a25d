import type { defaultNS, resources } from './index';

// Typed keys: a misspelt translation key is a type error, not a blank label.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: (typeof resources)['en'];
  }
}
