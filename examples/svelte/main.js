import { mount } from 'svelte';
import { setDataBase } from '@sdg-central-asia/elements';
import App from './App.svelte';

setDataBase(new URL('../../data/', location.href));
mount(App, { target: document.getElementById('app') });
