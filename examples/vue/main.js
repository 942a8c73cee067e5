// Vue 3 with an in-browser template (the full build): tags starting with `sdg-` are custom elements; `:year` passes the
// number as a property, `@sdg-select` listens to the element's event.
import { createApp, ref } from 'vue/dist/vue.esm-bundler.js';
import { setDataBase } from '@sdg-central-asia/elements';

setDataBase(new URL('../../data/', location.href));

const app = createApp({
  setup() {
    const year = ref(2020);
    const selected = ref(null);
    return { year, selected, years: [2015, 2018, 2020, 2021], onSelect: (e) => (selected.value = e.detail) };
  },
  template: `
    <h1>Vue</h1>
    <label>Year <select v-model.number="year"><option v-for="y in years" :key="y" :value="y">{{ y }}</option></select></label>
    <sdg-map indicator="3.2.1" :year="year" @sdg-select="onSelect"></sdg-map>
    <p>Selected: <output id="selected">{{ selected && selected.name ? selected.name + ': ' + selected.value + ' (' + selected.year + ')' : 'none' }}</output></p>
  `,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('sdg-');
app.mount('#app');
