import 'leaflet/dist/leaflet.css';
import './place-map.css';
import { isRoute, PLACE_KIND_LABELS, enumLabel, type LonLat } from '@jointops/domain';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { LEGEND } from '../place-symbols';
import { baseOutlines, CENSUS_CREDIT, NC_BOUNDS } from './base-layer';
import { firstPlaceOf, MAX_ZOOM, placeClusters, placeMarker, type MapPlace } from './place-markers';

export type { MapPlace } from './place-markers';

export interface PlaceMapProps {
  places: readonly MapPlace[];
  /** The agency's tile server; null or no `tilesUrl`: the bundled outlines. */
  tiles?: { tilesUrl: string | null; attribution: string } | null;
  /** The map's accessible name. */
  label: string;
  /** A small map that only shows (the overview): no zoom, pan, focus or editing. */
  compact?: boolean;
  /** Clicks on the map report where (placing a point, drawing a route): a crosshair cursor. */
  picking?: boolean;
  /** The route being drawn, [longitude, latitude]. */
  draft?: readonly LonLat[];
  /** Point markers may be dragged to move them (planners who may edit). */
  movable?: boolean;
  selectedId?: string | null;
  onMapClick?: (point: LonLat) => void;
  /** A point was dragged to `point`; answers whether the move was saved (otherwise the marker goes back). */
  onMove?: (place: MapPlace, point: LonLat) => Promise<boolean>;
  onSelect?: (placeId: string) => void;
}

const lonLat = (latLng: L.LatLng): LonLat => [Math.round(latLng.lng * 1e6) / 1e6, Math.round(latLng.lat * 1e6) / 1e6];
const latLngOf = (point: readonly number[]): L.LatLngExpression => [point[1]!, point[0]!];

/**
 * A route's line is a button like a marker: Leaflet makes a line with a tooltip a Tab stop, so it
 * gets a name (its kind and name) and Enter or Space selects it, as a click does. `data-place-id`
 * lets it keep the focus when the map is redrawn.
 */
function routeAsButton(line: L.Polyline, name: string, placeId: string, select: () => void): void {
  const element = line.getElement();
  if (!element) return;
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', name);
  element.setAttribute('tabindex', '0');
  element.setAttribute('data-place-id', placeId);
  L.DomEvent.on(element as HTMLElement, 'keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key !== 'Enter' && key !== ' ') return;
    L.DomEvent.preventDefault(event);
    select();
  });
}

/** When the selected place's marker is hidden in a cluster, spreads that cluster out to show it. */
function revealSelected(clustered: L.MarkerClusterGroup, marker: L.Marker | null): void {
  const shown = marker ? clustered.getVisibleParent(marker) : null;
  if (shown && shown !== marker && shown instanceof L.MarkerCluster) shown.spiderfy();
}

/**
 * A place added since the last drawing (from the form, or live by someone else) that lies outside
 * the view: the view grows to take it in, keeping what it showed. Without this a place typed in by
 * its coordinates was on the table but off the map until a reload.
 */
function takeInAdded(map: L.Map, added: readonly MapPlace[]): void {
  const view = map.getBounds();
  const outside = added.flatMap((place) => place.coordinates.map(latLngOf)).filter((point) => !view.contains(point));
  if (outside.length === 0) return;
  map.fitBounds(L.latLngBounds(outside).extend(view).pad(0.1), { maxZoom: map.getZoom(), animate: false });
}

function focusFirstPlace(clustered: L.MarkerClusterGroup, event: L.LeafletKeyboardEvent & { layer: L.MarkerCluster }): void {
  if (event.originalEvent.key !== 'Enter') return;
  const first = firstPlaceOf(event.layer);
  const shown = first ? clustered.getVisibleParent(first) : null;
  shown?.getElement()?.focus();
}

/**
 * The places of a plan on a Leaflet map (SVG rendering, no WebGL): each point a marker by kind,
 * each route a line; over an agency's tiles or, with none configured, over the county and state
 * outlines shipped with the app. Points that would overlap at the current zoom are grouped into one
 * marker with their count (place-markers.ts); a cluster holding the selected place is spread out
 * (spiderfied), so the selected place is never hidden in one. Loaded as its own chunk
 * (LazyPlaceMap): Leaflet stays out of the first visit. The table beside it is the same content for
 * keyboard and screen-reader users.
 */
export default function PlaceMap(props: PlaceMapProps) {
  const { places, tiles, label, compact = false, picking = false, draft, movable = false, selectedId = null } = props;
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  // Routes; the points are in the clusters.
  const placesLayer = useRef<L.LayerGroup | null>(null);
  const clusters = useRef<L.MarkerClusterGroup | null>(null);
  const selectedMarker = useRef<L.Marker | null>(null);
  const draftLayer = useRef<L.LayerGroup | null>(null);
  const fitted = useRef(false);
  /** The places drawn last time, to tell the ones added since. */
  const drawn = useRef<ReadonlySet<string> | null>(null);
  // The latest callbacks, for Leaflet's handlers bound once.
  const handlers = useRef(props);
  handlers.current = props;

  useEffect(() => {
    const element = container.current!;
    const created = L.map(element, {
      renderer: L.svg(),
      attributionControl: false,
      zoomControl: !compact,
      dragging: !compact,
      keyboard: !compact,
      scrollWheelZoom: false,
      doubleClickZoom: !compact,
      boxZoom: !compact,
      touchZoom: !compact,
      zoomSnap: 0.25,
      // The clusters are computed for every zoom up to this one.
      maxZoom: MAX_ZOOM,
      // No animated zoom or fades: a map unmounted mid-animation (leaving the section at once)
      // would have Leaflet's transition end run on a removed pane (`_leaflet_pos` of undefined).
      zoomAnimation: false,
      fadeAnimation: false,
      markerZoomAnimation: false,
    });
    created.fitBounds(NC_BOUNDS);
    created.on('click', (event: L.LeafletMouseEvent) => handlers.current.onMapClick?.(lonLat(event.latlng)));
    placesLayer.current = L.layerGroup().addTo(created);
    const clustered = placeClusters(compact).addTo(created);
    clusters.current = clustered;
    // After the clusters are redrawn for a zoom (and after a click on the map, which folds a spread
    // cluster back): the selected place is never left hidden in a cluster.
    if (!compact) created.on('zoomend click', () => revealSelected(clustered, selectedMarker.current));
    // Enter on a cluster: the plugin shows its places (its own handler ran first) and focuses the map;
    // the keyboard goes on from the first of them instead (or the smaller cluster it is still in).
    if (!compact) clustered.on('clusterkeypress', (event) => focusFirstPlace(clustered, event as unknown as L.LeafletKeyboardEvent & { layer: L.MarkerCluster }));
    draftLayer.current = L.layerGroup().addTo(created);
    map.current = created;
    return () => {
      created.stop();
      created.off();
      created.remove();
      map.current = null;
      fitted.current = false;
    };
  }, [compact]);

  // The base layer: the agency's tiles, or the bundled outlines.
  const tilesUrl = tiles?.tilesUrl ?? null;
  useEffect(() => {
    const current = map.current;
    if (!current) return;
    let layers: L.Layer[];
    if (tilesUrl) {
      layers = [L.tileLayer(tilesUrl, { maxZoom: MAX_ZOOM })];
    } else {
      const { counties, states } = baseOutlines();
      layers = [
        L.geoJSON(states, { interactive: false, style: (f) => ({ className: `jo-outline-state${f?.id === '37' ? ' jo-outline-state--nc' : ''}` }) }),
        L.geoJSON(counties, { interactive: false, style: { className: 'jo-outline-county' } }),
      ];
    }
    for (const layer of layers) layer.addTo(current);
    // Under the places: states at the very back, counties over them.
    for (const layer of [...layers].reverse()) if (layer instanceof L.GeoJSON) layer.bringToBack();
    return () => {
      for (const layer of layers) layer.remove();
    };
  }, [tilesUrl]);

  useEffect(() => {
    const current = map.current;
    const group = placesLayer.current;
    const clustered = clusters.current;
    if (!current || !group || !clustered) return;
    // A marker with focus is made anew below (selecting one redraws it): give the new one the focus.
    const focused = container.current?.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset['placeId'] : undefined;
    group.clearLayers();
    clustered.clearLayers();
    // The first time there are places (and every time for the small map): show them all.
    if (places.length > 0 && (compact || !fitted.current)) {
      const bounds = L.latLngBounds(places.flatMap((place) => place.coordinates.map(latLngOf)));
      current.fitBounds(bounds.pad(0.2), { maxZoom: 12, animate: false });
      fitted.current = true;
    } else if (drawn.current) {
      takeInAdded(current, places.filter((place) => !drawn.current!.has(place.id)));
    }
    drawn.current = new Set(places.map((place) => place.id));
    const points: L.Marker[] = [];
    selectedMarker.current = null;
    places.forEach((place, order) => {
      const selected = place.id === selectedId;
      if (isRoute(place.kind)) {
        const line = L.polyline(place.coordinates.map(latLngOf), { className: `jo-place-route${selected ? ' jo-place-route--selected' : ''}`, interactive: !compact });
        const name = `${enumLabel(PLACE_KIND_LABELS, place.kind)}: ${place.name}`;
        const select = () => handlers.current.onSelect?.(place.id);
        if (!compact) line.bindTooltip(name, { sticky: true }).on('click', select);
        group.addLayer(line);
        if (!compact) routeAsButton(line, name, place.id, select);
        return;
      }
      const point = place.coordinates[0];
      if (!point) return;
      const marker = placeMarker(place, point, { order, selected, movable, compact });
      if (!compact) {
        marker.on('click', () => handlers.current.onSelect?.(place.id));
        marker.on('keypress', (event: L.LeafletKeyboardEvent) => {
          if (event.originalEvent.key === 'Enter') handlers.current.onSelect?.(place.id);
        });
        marker.on('dragend', () => {
          const moved = lonLat(marker.getLatLng());
          void (handlers.current.onMove?.(place, moved) ?? Promise.resolve(false)).then((saved) => {
            if (!saved) marker.setLatLng(latLngOf(point));
          });
        });
      }
      if (selected) selectedMarker.current = marker;
      points.push(marker);
    });
    clustered.addLayers(points);
    revealSelected(clustered, selectedMarker.current);
    if (focused) [...(container.current?.querySelectorAll<HTMLElement>('[data-place-id]') ?? [])].find((element) => element.dataset['placeId'] === focused)?.focus();
  }, [places, selectedId, movable, compact]);

  useEffect(() => {
    const group = draftLayer.current;
    if (!group) return;
    group.clearLayers();
    if (!draft || draft.length === 0) return;
    group.addLayer(L.polyline(draft.map(latLngOf), { className: 'jo-place-draft', interactive: false }));
    for (const point of draft) group.addLayer(L.circleMarker(latLngOf(point), { radius: 5, className: 'jo-place-vertex', interactive: false }));
  }, [draft]);

  useEffect(() => {
    container.current?.classList.toggle('jo-place-map--picking', picking);
  }, [picking]);

  const credit = tilesUrl ? tiles?.attribution : (tiles?.attribution ?? CENSUS_CREDIT);
  return (
    <div className="jo-place-map-frame">
      <div
        ref={container}
        className={`jo-place-map${compact ? ' jo-place-map--compact' : ''}`}
        data-testid={compact ? 'place-map-compact' : 'place-map'}
        {...(compact ? { 'aria-hidden': true } : { role: 'region', 'aria-label': label, 'aria-roledescription': 'map' })}
      />
      <p className="font-body-3xs text-base margin-y-05" data-testid="place-map-credit">
        {credit}
      </p>
      {compact ? null : (
        <ul className="jo-place-legend" aria-label="Map legend">
          {LEGEND.map(({ kind, label: kindLabel, code, shape }) => (
            <li key={kind}>
              <span className={`jo-place-marker jo-place-marker--${shape}`} aria-hidden="true">
                <span data-code={code} />
              </span>
              {kindLabel}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
