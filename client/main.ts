/** The page's entry point: global styles, then the dashboard, or a single chart under /embed/<eventId>/<metric>. */
import { mount } from 'svelte';
import { parseEmbedUrl } from './lib/embed-params.ts';
import Dashboard from './views/Dashboard.svelte';
import EmbedView from './views/EmbedView.svelte';
import './app.css';

const target = document.getElementById('app')!;
const embed = parseEmbedUrl(location.pathname, location.search);
if (embed) mount(EmbedView, { target, props: { params: embed } });
else mount(Dashboard, { target });
