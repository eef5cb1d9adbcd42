declare namespace App {
  interface Locals {
    /** The content file whose body is rendering, so editor components can name it in an error. */
    contentFile?: string;
  }
}
