import { distanceBetweenKm, haversineKm, roundKm } from './distance.js';

const AMSTERDAM = { lat: 52.3676, lon: 4.9041 };
const ROTTERDAM = { lat: 51.9244, lon: 4.4777 };
const UTRECHT = { lat: 52.0907, lon: 5.1214 };

describe('haversineKm', () => {
  it('is zero for the same point', () => {
    expect(haversineKm(AMSTERDAM, AMSTERDAM)).toBe(0);
  });

  it('matches known city distances within 1 km', () => {
    expect(Math.abs(haversineKm(AMSTERDAM, ROTTERDAM) - 57.2)).toBeLessThan(1);
    expect(Math.abs(haversineKm(AMSTERDAM, UTRECHT) - 34.2)).toBeLessThan(1);
  });

  it('is symmetric', () => {
    expect(haversineKm(AMSTERDAM, ROTTERDAM)).toBeCloseTo(haversineKm(ROTTERDAM, AMSTERDAM), 9);
  });

  it('gives half the circumference for antipodal points', () => {
    const km = haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 });
    expect(km).toBeCloseTo(Math.PI * 6371.0088, 3);
  });

  it('crosses the antimeridian the short way', () => {
    expect(haversineKm({ lat: 0, lon: 179.9 }, { lat: 0, lon: -179.9 })).toBeLessThan(23);
  });
});

describe('distanceBetweenKm', () => {
  it('returns null when a location is missing', () => {
    expect(distanceBetweenKm({ lat: null, lon: null }, AMSTERDAM)).toBeNull();
    expect(distanceBetweenKm(AMSTERDAM, { lat: 52, lon: null })).toBeNull();
  });

  it('measures between located people', () => {
    expect(distanceBetweenKm(AMSTERDAM, UTRECHT)).toBeCloseTo(haversineKm(AMSTERDAM, UTRECHT), 9);
  });
});

describe('roundKm', () => {
  it('rounds to whole kilometres', () => {
    expect(roundKm(3.4)).toBe(3);
    expect(roundKm(3.5)).toBe(4);
    expect(roundKm(57.49)).toBe(57);
  });

  it('never shows a positive distance as 0 km', () => {
    expect(roundKm(0.2)).toBe(1);
  });

  it('maps zero, negative and non-finite input to 0', () => {
    expect(roundKm(0)).toBe(0);
    expect(roundKm(-2)).toBe(0);
    expect(roundKm(Number.NaN)).toBe(0);
  });
});
