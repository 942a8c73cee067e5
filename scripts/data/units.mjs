/**
 * English labels of the SDG unit codes used by the shipped series (codes as in the UN SDG database).
 * Written from the unit text the UN series descriptions carry in brackets.
 */
export const unitLabels = {
  PERCENT: '%',
  NUMBER: 'number',
  INDEX: 'index',
  SCORE: 'score',
  Ratio: 'ratio',
  PER_POP_U5: '% of children under 5',
  PER_100_POP: 'per 100 inhabitants',
  PER_1000_POP: 'per 1,000 population',
  PER_10000_POP: 'per 10,000 population',
  PER_100000_POP: 'per 100,000 population',
  PER_1000000_POP: 'per 1,000,000 population',
  PER_1000_LIVE_BIRTHS: 'per 1,000 live births',
  PER_100000_LIVE_BIRTHS: 'per 100,000 live births',
  PER_1000_UNINFECTED_POP: 'per 1,000 uninfected population',
  PER_MARW_20T24Y: '% of women aged 20–24',
  LTPUREAL: 'litres of pure alcohol',
  'USD/m3': 'US$ per m³',
  'mgr/m^3': 'µg/m³',
  MJ_PER_GDP_CON_PPP_USD: 'MJ per constant 2017 PPP$ of GDP',
  W_PER_CAPITA: 'watts per capita',
  CON_USD: 'constant 2015 US$',
  CU_USD_M: 'million current US$',
  KG_PER_CON_USD: 'kg CO₂ per constant 2017 US$',
  TONNES: 'tonnes',
  TONNES_M: 'million tonnes',
  KG: 'kg',
  MT_CO2E: 'Mt CO₂ equivalent',
};
