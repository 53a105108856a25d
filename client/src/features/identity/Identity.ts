/** Who is typing, as other people see it next to the caret and in the presence list. */
export interface Identity {
  name: string;
  color: string;
}
