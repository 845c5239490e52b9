#!/usr/bin/env node
/**
 * Writes apps/web/src/places/map/nc-base.json: the map's base layer when no tile server is
 * configured. North Carolina's counties and the outlines of North Carolina and its neighbouring
 * states (Virginia, Tennessee, Georgia, South Carolina), cut from the U.S. Census boundaries in
 * `us-atlas` (counties-10m.json, which holds the states too) as a TopoJSON topology that keeps
 * only the arcs those shapes use, so the map's chunk carries a small file instead of every
 * county of the country, and draws with no network. The web reads it with topojson-client.
 * Run again only if the region changes: node tools/make-map-base.cjs
 */
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const us = require('us-atlas/counties-10m.json');

const NC = '37';
const STATES = ['37', '51', '47', '13', '45'];

const objects = {
  counties: us.objects.counties.geometries.filter((g) => String(g.id).startsWith(NC)),
  states: us.objects.states.geometries.filter((g) => STATES.includes(String(g.id))),
};

// Every arc the kept shapes use, renumbered in order of first use (~i is arc i reversed).
const renumber = new Map();
const arcs = [];
const remap = (index) => {
  const arc = index < 0 ? ~index : index;
  if (!renumber.has(arc)) {
    renumber.set(arc, arcs.length);
    arcs.push(us.arcs[arc]);
  }
  return index < 0 ? ~renumber.get(arc) : renumber.get(arc);
};
const walk = (value) => (Array.isArray(value) ? value.map(walk) : remap(value));
const geometry = ({ type, arcs: parts, id, properties }) => ({ type, id, properties: { name: properties.name }, arcs: walk(parts) });

const topology = {
  type: 'Topology',
  transform: us.transform,
  objects: Object.fromEntries(Object.entries(objects).map(([name, geometries]) => [name, { type: 'GeometryCollection', geometries: geometries.map(geometry) }])),
  arcs,
};
const file = join(__dirname, '..', 'apps/web/src/places/map/nc-base.json');
writeFileSync(file, JSON.stringify(topology));
console.log(`${objects.counties.length} counties, ${objects.states.length} states, ${arcs.length} arcs: ${JSON.stringify(topology).length} bytes`);
