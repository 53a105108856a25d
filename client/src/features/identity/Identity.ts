/** Who is typing, as other people see it next to the caret and in the presence list. */
export interface Identity {
  /** The account's id: one person in two tabs is still one person in the presence list. */
  id: string;
  name: string;
  color: string;
}
