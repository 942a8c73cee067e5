// React 19 passes properties to custom elements (`year={2020}` sets the number property) and listens to their
// events with `on` + the event name: `onsdg-select`.
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import { setDataBase } from '@sdg-central-asia/elements';

// The data files are served from /data/ by this site (copy node_modules/@sdg-central-asia/elements/data/ there).
setDataBase(new URL('../../data/', location.href));

function App() {
  const [year, setYear] = useState(2020);
  const [selected, setSelected] = useState(null);
  return (
    <>
      <h1>React</h1>
      <label>
        Year{' '}
        <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {[2015, 2018, 2020, 2021].map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </label>
      <sdg-map indicator="3.2.1" year={year} onsdg-select={(e) => setSelected(e.detail)}></sdg-map>
      <p>
        Selected:{' '}
        <output id="selected">
          {selected?.name ? `${selected.name}: ${selected.value} (${selected.year})` : 'none'}
        </output>
      </p>
    </>
  );
}

createRoot(document.getElementById('app')).render(<App />);
