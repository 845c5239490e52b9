import { PLACE_KIND_LABELS, enumLabel, formatCoordinates } from '@jointops/domain';
import L from 'leaflet';
// Adds L.MarkerClusterGroup to the Leaflet that 'leaflet' put on window.L (the plugin is UMD and
// reads the global): keep it after the leaflet import. Its stylesheet is left out: it holds only the
// transitions of its animations, which are off here (see `animate` below).
import 'leaflet.markercluster';
import { symbolOf } from '../place-symbols';

/** The largest zoom (street level): the clusters are computed for every zoom up to it. */
export const MAX_ZOOM = 19;

/**
 * How close, in pixels at a zoom, two markers are grouped. A marker is 28 px wide; the map zooms in
 * quarter steps and the clusters are computed at whole zooms, so a little more than the marker.
 */
const CLUSTER_RADIUS = 32;

/** At most this many places are named in a cluster's name; the rest are counted. */
const NAMED_IN_CLUSTER = 5;

/** What the map draws of a place. */
export interface MapPlace {
  id: string;
  name: string;
  kind: string;
  coordinates: ReadonlyArray<readonly number[]>;
}

/**
 * A divIcon that puts attributes on its element each time Leaflet makes one: a marker in a cluster
 * group gets a new element whenever it is shown again, so attributes set once would be lost. Only
 * attributes and classes: the Content-Security-Policy allows no inline style (Leaflet sizes and
 * places the element through the CSSOM, which the policy allows).
 */
class LabelledDivIcon extends L.DivIcon {
  private readonly attributes: Readonly<Record<string, string>>;

  constructor(options: L.DivIconOptions, attributes: Readonly<Record<string, string>>) {
    super(options);
    this.attributes = attributes;
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const element = super.createIcon(oldIcon);
    for (const [name, value] of Object.entries(this.attributes)) element.setAttribute(name, value);
    return element;
  }
}

/** The places' names and order, for the names of the clusters they fall into. */
const described = new WeakMap<L.Marker, { name: string; order: number }>();

/** A point's accessible name: its kind in words, its name and its coordinates. */
export function pointName(place: MapPlace, point: readonly number[]): string {
  return `${enumLabel(PLACE_KIND_LABELS, place.kind)}: ${place.name}, ${formatCoordinates(point)}`;
}

/**
 * A point's marker: its kind's code in its kind's shape. The code is drawn by CSS (attr()), not as
 * text: the marker's name is its label, which says the kind in words. On the small map it is only
 * drawn (not focusable, no name).
 */
export function placeMarker(place: MapPlace, point: readonly number[], options: { order: number; selected: boolean; movable: boolean; compact: boolean }): L.Marker {
  const { order, selected, movable, compact } = options;
  const { code, shape } = symbolOf(place.kind);
  const name = pointName(place, point);
  const icon = new LabelledDivIcon(
    {
      className: `jo-place-marker jo-place-marker--${shape}${selected ? ' jo-place-marker--selected' : ''}`,
      html: `<span aria-hidden="true" data-code="${code}"></span>`,
      iconSize: [28, 28],
      iconAnchor: [14, 14],
    },
    { 'data-place-id': place.id, ...(compact ? {} : { 'aria-label': movable ? `${name} (drag to move)` : name }) },
  );
  const marker = L.marker([point[1]!, point[0]!], {
    icon,
    title: compact ? undefined : name,
    keyboard: !compact,
    interactive: !compact,
    draggable: movable && !compact,
    autoPanOnFocus: false,
  });
  described.set(marker, { name: place.name, order });
  return marker;
}

/** Of a cluster's places, the one that comes first in the table. */
export function firstPlaceOf(cluster: L.MarkerCluster): L.Marker | undefined {
  const order = (marker: L.Marker) => described.get(marker)?.order ?? Number.MAX_SAFE_INTEGER;
  return [...cluster.getAllChildMarkers()].sort((a, b) => order(a) - order(b))[0];
}

/** A cluster's accessible name: how many places, and which (in the table's order). */
export function clusterName(names: readonly string[]): string {
  const named = names.slice(0, NAMED_IN_CLUSTER);
  const more = names.length - named.length;
  return `${names.length} places: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

function clusterIcon(cluster: L.MarkerCluster, compact: boolean): L.DivIcon {
  const markers = cluster.getAllChildMarkers();
  const names = markers
    .map((marker) => described.get(marker) ?? { name: 'Unnamed place', order: Number.MAX_SAFE_INTEGER })
    .sort((a, b) => a.order - b.order)
    .map((place) => place.name);
  const name = clusterName(names);
  return new LabelledDivIcon(
    // The count is text (the name begins with it, so what is seen is in what is heard).
    { className: 'jo-place-cluster', html: `<span aria-hidden="true">${markers.length}</span>`, iconSize: [34, 34], iconAnchor: [17, 17] },
    compact ? { 'data-cluster-size': String(markers.length) } : { 'data-cluster-size': String(markers.length), 'aria-label': `${name} (press to show them)`, title: name },
  );
}

/**
 * The layer that groups point markers that would overlap at the map's zoom into one marker showing
 * how many (Leaflet.markercluster). A cluster is a button like the other markers: a click or Enter
 * zooms in until its places part, or spreads them around it (spiderfies) when they share a spot at
 * the largest zoom. No animation: the map has none either (PlaceMap). On the small map the clusters
 * are only drawn.
 */
export function placeClusters(compact: boolean): L.MarkerClusterGroup {
  return L.markerClusterGroup({
    maxClusterRadius: CLUSTER_RADIUS,
    animate: false,
    // A plan has tens of places: keep them all on the map, not only those in view.
    removeOutsideVisibleBounds: false,
    zoomToBoundsOnClick: !compact,
    spiderfyOnMaxZoom: !compact,
    showCoverageOnHover: !compact,
    polygonOptions: { className: 'jo-place-cluster-area', interactive: false },
    spiderLegPolylineOptions: { className: 'jo-place-spider-leg', interactive: false },
    iconCreateFunction: (cluster) => {
      // A cluster is a marker made by the plugin, focusable and clickable; on the small map
      // (hidden from assistive technology) it must be neither. Its icon is made before Leaflet reads these.
      if (compact) L.Util.setOptions(cluster, { keyboard: false, interactive: false });
      return clusterIcon(cluster, compact);
    },
  });
}
