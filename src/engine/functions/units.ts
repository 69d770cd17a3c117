/**
 * convert_angle/energy/force/length/mass/speed/volume(value, from, to): the value times the
 * `from` unit's size in the family's base unit, divided by the `to` unit's size.
 * Only units whose size is an exact definition are here (SI prefixes, the
 * international foot and avoirdupois pound, standard gravity, the IT BTU, the
 * thermochemical calorie, …); the other documented units (EarthMass, SolarMass,
 * SolarRadius, Parsec, ElectronVolt, HorsepowerHour, therms, Tilt, …) are refused, as
 * their size is a measured or library-specific value. A name the documentation does
 * not list is null (documented: "Invalid units return null"). convert_temperature maps
 * through kelvins with each scale's defining offset and ratio.
 */
import { Unsupported } from '../refusal.js';
import type { Value } from '../values.js';
import type { ScalarFunction } from './function.js';

type Family = Readonly<Record<string, number | 'refused'>>;

const DEG = 1;
const ANGLE: Family = {
  Degree: DEG,
  Arcminute: DEG / 60,
  Arcsecond: DEG / 3600,
  Microdegree: DEG * 1e-6,
  Millidegree: DEG * 1e-3,
  Nanodegree: DEG * 1e-9,
  Radian: 180 / Math.PI,
  Centiradian: (180 / Math.PI) * 1e-2,
  Deciradian: (180 / Math.PI) * 1e-1,
  Microradian: (180 / Math.PI) * 1e-6,
  Milliradian: (180 / Math.PI) * 1e-3,
  Nanoradian: (180 / Math.PI) * 1e-9,
  Gradian: 0.9,
  Revolution: 360,
  NatoMil: 360 / 6400,
  Tilt: 'refused',
};

const BTU = 1055.05585262;
const CALORIE = 4.184;
const ENERGY: Family = {
  Joule: 1,
  Millijoule: 1e-3,
  Kilojoule: 1e3,
  Megajoule: 1e6,
  Gigajoule: 1e9,
  Erg: 1e-7,
  BritishThermalUnit: BTU,
  KilobritishThermalUnit: BTU * 1e3,
  MegabritishThermalUnit: BTU * 1e6,
  GigabritishThermalUnit: BTU * 1e9,
  Calorie: CALORIE,
  Kilocalorie: CALORIE * 1e3,
  Megacalorie: CALORIE * 1e6,
  WattHour: 3600,
  KilowattHour: 3600e3,
  MegawattHour: 3600e6,
  GigawattHour: 3600e9,
  TerawattHour: 3600e12,
  WattDay: 86400,
  KilowattDay: 86400e3,
  MegawattDay: 86400e6,
  GigawattDay: 86400e9,
  TerawattDay: 86400e12,
  FootPound: 'refused',
  ElectronVolt: 'refused',
  KiloelectronVolt: 'refused',
  MegaelectronVolt: 'refused',
  GigaelectronVolt: 'refused',
  TeraelectronVolt: 'refused',
  HorsepowerHour: 'refused',
  DecathermEc: 'refused',
  DecathermImperial: 'refused',
  DecathermUs: 'refused',
  ThermEc: 'refused',
  ThermImperial: 'refused',
  ThermUs: 'refused',
};

const LBF = 4.4482216152605;
const GRAVITY = 9.80665;
const FORCE: Family = {
  Newton: 1,
  Micronewton: 1e-6,
  Millinewton: 1e-3,
  Decanewton: 10,
  Kilonewton: 1e3,
  Meganewton: 1e6,
  Dyn: 1e-5,
  KilogramForce: GRAVITY,
  KiloPond: GRAVITY,
  TonneForce: GRAVITY * 1e3,
  PoundForce: LBF,
  KilopoundForce: LBF * 1e3,
  OunceForce: LBF / 16,
  ShortTonForce: LBF * 2000,
  Poundal: 'refused',
};

const FOOT = 0.3048;
const INCH = 0.0254;
const LENGTH: Family = {
  Meter: 1,
  Nanometer: 1e-9,
  Micrometer: 1e-6,
  Millimeter: 1e-3,
  Centimeter: 1e-2,
  Decimeter: 1e-1,
  Decameter: 10,
  Hectometer: 100,
  Kilometer: 1e3,
  Angstrom: 1e-10,
  Inch: INCH,
  Microinch: INCH * 1e-6,
  Mil: INCH * 1e-3,
  Foot: FOOT,
  Yard: 0.9144,
  Mile: 1609.344,
  NauticalMile: 1852,
  Hand: INCH * 4,
  Fathom: FOOT * 6,
  Chain: FOOT * 66,
  Twip: INCH / 1440,
  DtpPoint: INCH / 72,
  DtpPica: INCH / 6,
  UsSurveyFoot: 1200 / 3937,
  AstronomicalUnit: 149597870700,
  LightYear: 9460730472580800,
  KilolightYear: 9460730472580800e3,
  MegalightYear: 9460730472580800e6,
  DataMile: 'refused',
  PrinterPoint: 'refused',
  PrinterPica: 'refused',
  Shackle: 'refused',
  Parsec: 'refused',
  Kiloparsec: 'refused',
  Megaparsec: 'refused',
  SolarRadius: 'refused',
};

const POUND = 0.45359237;
const MASS: Family = {
  Kilogram: 1,
  Nanogram: 1e-12,
  Microgram: 1e-9,
  Milligram: 1e-6,
  Centigram: 1e-5,
  Decigram: 1e-4,
  Gram: 1e-3,
  Decagram: 1e-2,
  Hectogram: 1e-1,
  Tonne: 1e3,
  Kilotonne: 1e6,
  Megatonne: 1e9,
  Pound: POUND,
  Kilopound: POUND * 1e3,
  Megapound: POUND * 1e6,
  Ounce: POUND / 16,
  Grain: POUND / 7000,
  Stone: POUND * 14,
  ShortHundredweight: POUND * 100,
  LongHundredweight: POUND * 112,
  ShortTon: POUND * 2000,
  LongTon: POUND * 2240,
  Slug: 'refused',
  EarthMass: 'refused',
  SolarMass: 'refused',
};

const SURVEY_FOOT = 1200 / 3937;
const SPEED: Family = Object.fromEntries(
  (
    [
      ['Centimeter', 0.01],
      ['Decimeter', 0.1],
      ['Foot', FOOT],
      ['Inch', 0.0254],
      ['Kilometer', 1e3],
      ['Meter', 1],
      ['Micrometer', 1e-6],
      ['Millimeter', 1e-3],
      ['Nanometer', 1e-9],
      ['UsSurveyFoot', SURVEY_FOOT],
      ['Yard', 0.9144],
      ['Mile', 1609.344],
    ] as const
  ).flatMap(([unit, meters]) =>
    (
      [
        ['Hour', 3600],
        ['Minute', 60],
        ['Second', 1],
      ] as const
    ).map(([per, seconds]) => [`${unit}Per${per}`, meters / seconds]),
  ),
);
// Only the combinations the docs list (no DecimeterPerHour, MicrometerPerHour, …).
const SPEED_UNITS =
  'CentimeterPerHour CentimeterPerMinute CentimeterPerSecond DecimeterPerMinute DecimeterPerSecond FootPerHour FootPerMinute FootPerSecond InchPerHour InchPerMinute InchPerSecond KilometerPerHour KilometerPerMinute KilometerPerSecond MeterPerHour MeterPerMinute MeterPerSecond MicrometerPerMinute MicrometerPerSecond MilePerHour MillimeterPerHour MillimeterPerMinute MillimeterPerSecond NanometerPerMinute NanometerPerSecond UsSurveyFootPerHour UsSurveyFootPerMinute UsSurveyFootPerSecond YardPerHour YardPerMinute YardPerSecond';
const SPEED_LISTED: Family = {
  ...Object.fromEntries(SPEED_UNITS.split(' ').map((u) => [u, SPEED[u]!])),
  Knot: 1852 / 3600,
};

const LITER = 1e-3;
const US_GALLON = 0.003785411784;
const IMPERIAL_GALLON = 0.00454609;
const CUBIC_FOOT = FOOT ** 3;
const VOLUME: Family = {
  CubicMeter: 1,
  CubicCentimeter: 1e-6,
  CubicDecimeter: 1e-3,
  CubicHectometer: 1e6,
  CubicKilometer: 1e9,
  CubicMicrometer: 1e-18,
  CubicMillimeter: 1e-9,
  HectocubicMeter: 100,
  KilocubicMeter: 1e3,
  Liter: LITER,
  Centiliter: LITER * 1e-2,
  Deciliter: LITER * 1e-1,
  Decaliter: LITER * 10,
  Hectoliter: LITER * 100,
  Kiloliter: LITER * 1e3,
  Megaliter: LITER * 1e6,
  Microliter: LITER * 1e-6,
  Milliliter: LITER * 1e-3,
  MetricCup: 2.5e-4,
  MetricTeaspoon: 5e-6,
  AuTablespoon: 2e-5,
  UkTablespoon: 1.5e-5,
  UsLegalCup: 2.4e-4,
  CubicFoot: CUBIC_FOOT,
  HectocubicFoot: CUBIC_FOOT * 100,
  KilocubicFoot: CUBIC_FOOT * 1e3,
  MegacubicFoot: CUBIC_FOOT * 1e6,
  CubicInch: 0.0254 ** 3,
  CubicYard: 0.9144 ** 3,
  UsGallon: US_GALLON,
  DecausGallon: US_GALLON * 10,
  DeciusGallon: US_GALLON / 10,
  HectousGallon: US_GALLON * 100,
  KilousGallon: US_GALLON * 1e3,
  MegausGallon: US_GALLON * 1e6,
  UsQuart: US_GALLON / 4,
  UsPint: US_GALLON / 8,
  UsCustomaryCup: US_GALLON / 16,
  UsTablespoon: US_GALLON / 256,
  UsTeaspoon: US_GALLON / 768,
  OilBarrel: US_GALLON * 42,
  ImperialGallon: IMPERIAL_GALLON,
  KiloimperialGallon: IMPERIAL_GALLON * 1e3,
  MegaimperialGallon: IMPERIAL_GALLON * 1e6,
  ImperialPint: IMPERIAL_GALLON / 8,
  // Sizes that conversion libraries hold as rounded constants: refused.
  UsOunce: 'refused',
  ImperialOunce: 'refused',
  AcreFoot: 'refused',
  BoardFoot: 'refused',
  CubicMile: 'refused',
  UsBeerBarrel: 'refused',
  ImperialBeerBarrel: 'refused',
};

/** Temperatures: affine maps to and from kelvins (the scales' definitions). */
const TEMPERATURE: Readonly<Record<string, readonly [(v: number) => number, (k: number) => number] | 'refused'>> = {
  Kelvin: [(v) => v, (k) => k],
  DegreeCelsius: [(v) => v + 273.15, (k) => k - 273.15],
  MillidegreeCelsius: [(v) => v / 1000 + 273.15, (k) => (k - 273.15) * 1000],
  DegreeFahrenheit: [(v) => ((v + 459.67) * 5) / 9, (k) => (k * 9) / 5 - 459.67],
  DegreeRankine: [(v) => (v * 5) / 9, (k) => (k * 9) / 5],
  DegreeDelisle: [(v) => 373.15 - (v * 2) / 3, (k) => ((373.15 - k) * 3) / 2],
  DegreeNewton: [(v) => (v * 100) / 33 + 273.15, (k) => ((k - 273.15) * 33) / 100],
  DegreeReaumur: [(v) => (v * 5) / 4 + 273.15, (k) => ((k - 273.15) * 4) / 5],
  DegreeRoemer: [(v) => ((v - 7.5) * 40) / 21 + 273.15, (k) => ((k - 273.15) * 21) / 40 + 7.5],
  SolarTemperature: 'refused',
};

const convertTemperature: ScalarFunction = {
  name: 'convert_temperature',
  evaluate: ([value, from, to]: Value[]) => {
    if (value === null || typeof from !== 'string' || typeof to !== 'string') return null;
    if (typeof value !== 'number') throw new Unsupported('convert_temperature() of a non-numeric value');
    const a = Object.hasOwn(TEMPERATURE, from) ? TEMPERATURE[from] : undefined;
    const b = Object.hasOwn(TEMPERATURE, to) ? TEMPERATURE[to] : undefined;
    if (a === undefined || b === undefined) {
      const other = (u: string) => Object.keys(TEMPERATURE).some((k) => k.toLowerCase() === u.toLowerCase());
      if ((a === undefined && other(from)) || (b === undefined && other(to)))
        throw new Unsupported('convert_temperature() with a unit in another case');
      return null;
    }
    if (a === 'refused' || b === 'refused') throw new Unsupported('convert_temperature() with unit SolarTemperature');
    return from === to ? value : b[1](a[0](value));
  },
};

function converter(name: string, family: Family): ScalarFunction {
  return {
    name,
    evaluate: ([value, from, to]: Value[]) => {
      if (value === null || typeof from !== 'string' || typeof to !== 'string') return null;
      if (typeof value !== 'number') throw new Unsupported(`${name}() of a non-numeric value`);
      const a = Object.hasOwn(family, from) ? family[from] : undefined;
      const b = Object.hasOwn(family, to) ? family[to] : undefined;
      // Unit names are matched exactly: whether Kusto ignores case is not documented.
      if (a === undefined || b === undefined) {
        const other = (u: string) => Object.keys(family).some((k) => k.toLowerCase() === u.toLowerCase());
        if ((a === undefined && other(from)) || (b === undefined && other(to)))
          throw new Unsupported(`${name}() with a unit in another case`);
        return null;
      }
      if (a === 'refused' || b === 'refused')
        throw new Unsupported(`${name}() with unit ${a === 'refused' ? from : to} (its size is not an exact definition)`);
      return from === to ? value : (value * a) / b;
    },
  };
}

export const UNIT_FUNCTIONS: readonly ScalarFunction[] = [
  converter('convert_angle', ANGLE),
  converter('convert_energy', ENERGY),
  converter('convert_force', FORCE),
  converter('convert_length', LENGTH),
  converter('convert_mass', MASS),
  converter('convert_speed', SPEED_LISTED),
  converter('convert_volume', VOLUME),
  convertTemperature,
];
