/** The dashboard's entry point: global styles, then the page. */
import { mount } from 'svelte';
import Dashboard from './views/Dashboard.svelte';
import './app.css';

mount(Dashboard, { target: document.getElementById('app')! });
