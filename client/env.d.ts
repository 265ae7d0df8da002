// The tsconfig limits ambient types to Node; the client also needs Svelte's runes and Vite's asset imports.
/// <reference types="svelte" />
/// <reference types="vite/client" />
