/** Benchmarks: prints figures for the tracer, the build and the browser (no assertions). */
console.log('bench: no benchmarks yet');
