// Build input of the remote. Everything the shell loads comes from remoteEntry.js and the
// "./Area" expose, which the federation plugin emits; this entry only gives Vite something other
// than an index.html page to start from.
export {};
