export {run, type Io} from './lib/cli.js'
export {build, loadCorpus, shardOf, type BuildOptions, type BuildResult} from './lib/commands/build.js'
export {check, describePublication} from './lib/commands/check.js'
export {
  createStaging,
  describeWriteError,
  listFolder,
  publishedPath,
  recoverInterrupted,
  safeJoin,
  writeFolder
} from './lib/io/write-output.js'
export {readSources} from './lib/io/read-sources.js'
export {
  registry,
  formats,
  loadDeclaration,
  loadFormat,
  loadRenderer,
  turboOutputTask,
  type Format
} from './lib/renderers.js'
export {FolderStore, RemoteStore, LayeredStore, openStore, storeSpec, type Store} from './lib/io/store.js'
export {encodeBundle, decodeBundle} from './lib/io/bundle.js'
export {readAssets} from './lib/io/read-assets.js'
