/**
 * Development builds (`npm run preview`, `npm run dev-server`) take each Fluent UI icon from its
 * own small file instead of the @fluentui/react-icons barrel. Fluent's components import their
 * few icons (a chevron, a dismiss cross …) from the barrel, whose `export *` makes webpack parse
 * all of the package's icon chunks (~16 MB) before the first page; production builds parse them
 * too but tree-shake them away, so only development pays for them on every cold start.
 *
 * Microsoft's loader rewrites `import { ChevronDownRegular } from "@fluentui/react-icons"` into
 * `… from "@fluentui/react-icons/svg/chevron-down"` in every module that names the package, our
 * own and Fluent's inside node_modules; the rest it skips after a substring test. An icon with
 * no file of its own fails the build ("Module not found"), it is never silently left out.
 */
const atomicIconImports = {
  test: /\.[mc]?[jt]sx?$/,
  enforce: "pre",
  loader: "@fluentui/react-icons-atomic-webpack-loader",
};

module.exports = { atomicIconImports };
