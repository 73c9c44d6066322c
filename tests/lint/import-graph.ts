/**
 * The app's static import graph, read the way the bundler reads it: imports and re-exports that stay in the built
 * code (not `import type`, not `import()`), from a module to its closure. Used to check the first-visit list of
 * eslint.first-visit.js against the code it describes.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { resolveModule } from '../../eslint.first-visit.js';

/** The specifiers a module imports statically for their values. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.phaseModifier === ts.SyntaxKind.TypeKeyword ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly && ts.isStringLiteral(statement.moduleSpecifier)) found.push(statement.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.moduleSpecifier !== undefined &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      !(
        statement.exportClause !== undefined &&
        ts.isNamedExports(statement.exportClause) &&
        statement.exportClause.elements.every((element) => element.isTypeOnly)
      )
    ) {
      found.push(statement.moduleSpecifier.text);
    }
  }
  return found;
}

/** Every project file and every package the entries reach through static imports, entries included. */
export function staticClosure(entries: readonly string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of staticImports(file)) {
      const resolved = resolveModule(file, specifier);
      if (resolved === null) packages.add(specifier);
      else visit(resolved);
    }
  };
  for (const entry of entries) visit(entry);
  return { files, packages };
}
