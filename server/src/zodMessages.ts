import * as z from 'zod/mini';

/**
 * zod/mini (what the shared schemas are written in, so the browser bundle stays small) loads no
 * locale: every issue would read "Invalid input". The server names the field and the problem in
 * its 400 answers, its configuration errors and the admin CLI, so it loads English once, for the
 * whole process (zod's configuration is global). Calling it again changes nothing.
 */
export function useEnglishZodMessages(): void {
  z.config(z.locales.en());
}
