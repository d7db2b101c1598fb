// Core as one ES module, its dependencies inlined: what every Dossier process imports first. Loading
// tsc's output meant resolving and compiling 833 modules (0.8 s of CPU in each process and worker
// thread; the test suite starts hundreds); the bundle loads in 0.3 s. Types stay tsc's (dist/*.d.ts).
export default {
  input: 'dist/index.js',
  platform: 'node',
  output: {file: 'dist/bundle/index.js', format: 'esm', codeSplitting: false},
  logLevel: 'warn'
}
