/**
 * Which of a build's scripts and style sheets belong to one page, read from webpack's stats: its
 * first screen (the entry's initial chunks, runtime included) and everything it may load later
 * (views opened on demand, its worker and what that loads), but not other pages' chunks.
 */
type ChunkId = string | number;

/** What this reads of webpack's StatsCompilation (entrypoints, chunks with relations, origins). */
export interface BuildStats {
  entrypoints?: Record<string, { chunks?: ChunkId[] }>;
  chunks?: StatsChunk[];
}

interface StatsChunk {
  id?: ChunkId;
  files?: string[];
  /** The chunks its code loads with import(). */
  children?: ChunkId[];
  /** Where it is loaded from: for a worker's chunk, the module with its new URL(…). */
  origins?: { moduleName?: string }[];
  modules?: StatsModule[];
}

interface StatsModule {
  name?: string;
  modules?: StatsModule[];
}

export interface PageFiles {
  /** Loaded before the first screen: the entry's initial chunks. */
  initial: string[];
  /** Every file the page may load, the initial ones included. */
  all: string[];
}

/** The names of a chunk's modules, those concatenated into another included. */
function moduleNames(modules: readonly StatsModule[] | undefined): string[] {
  return (modules ?? []).flatMap((module) => [
    ...(module.name ? [module.name] : []),
    ...moduleNames(module.modules),
  ]);
}

export function pageFiles(stats: BuildStats, entry: string): PageFiles {
  const chunks = stats.chunks ?? [];
  const initialIds = stats.entrypoints?.[entry]?.chunks ?? [];
  if (initialIds.length === 0) throw new Error(`webpack's stats have no entry "${entry}".`);
  const ids = new Set<ChunkId>(initialIds);
  const modules = new Set<string>();
  // A chunk is the page's when the page's code loads it: as a chunk child (import()) or from
  // one of its modules (a Worker's new URL(…), and the worker's own imports).
  for (let grew = true; grew;) {
    grew = false;
    for (const chunk of chunks) {
      if (chunk.id === undefined) continue;
      const reached =
        ids.has(chunk.id) ||
        chunks.some(
          (other) =>
            other.id !== undefined && ids.has(other.id) && other.children?.includes(chunk.id!)
        ) ||
        (chunk.origins ?? []).some((origin) => modules.has(origin.moduleName ?? ""));
      if (!reached) continue;
      const before = ids.size + modules.size;
      ids.add(chunk.id);
      moduleNames(chunk.modules).forEach((name) => modules.add(name));
      if (ids.size + modules.size !== before) grew = true;
    }
  }
  const filesOf = (wanted: (chunk: StatsChunk) => boolean) => [
    ...new Set(
      chunks
        .filter(wanted)
        .flatMap((chunk) => chunk.files ?? [])
        .filter((file) => /\.(js|css)$/.test(file))
    ),
  ];
  return {
    initial: filesOf((chunk) => chunk.id !== undefined && initialIds.includes(chunk.id)),
    all: filesOf((chunk) => chunk.id !== undefined && ids.has(chunk.id)),
  };
}
