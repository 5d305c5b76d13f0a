// Build input of the remote. Everything the shell loads comes from remoteEntry.js and the
// "./Area" expose, which the federation plugin emits; this entry only stops Vite from building
// index.html (the standalone dev page), whose global Mantine styles would join the remote's CSS.
export {};
