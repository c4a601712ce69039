/**
 * Why an argument is unsafe to hand to a shell, or an empty list.
 *
 * Shell strings interpret `; & | $ ( ) < > * ? [ ] { } ~ ! # ' " \` and
 * backticks, `%` and `^` for cmd.exe, and split words on whitespace; a
 * leading `-` is read as an option even with `spawn` and an argument array
 * (CWE-78 and CWE-88). The safe pattern is `spawn(command, [arg1, arg2], {
 * shell: false })`, with prompts passed on stdin, never a shell string.
 *
 * @example
 * ```ts
 * shellHazards('report.txt'); // []
 * shellHazards('x; rm -rf ~'); // ['shell metacharacter', 'whitespace']
 * ```
 */
export function shellHazards(value: string): readonly string[] {
  const out: string[] = [];
  if (/[;&|`$()<>*?[\]{}~!#'"\\%^]/.test(value)) out.push('shell metacharacter');
  if (/[\s\u0000]/.test(value)) out.push('whitespace');
  if (value.startsWith('-')) out.push('leading dash (option injection)');
  return out;
}
