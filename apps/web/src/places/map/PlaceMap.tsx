import 'leaflet/dist/leaflet.css';
import './place-map.css';
import { PLACE_KIND_LABELS, enumLabel, formatCoordinates, isRoute, type LonLat } from '@jointops/domain';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { LEGEND, symbolOf } from '../place-symbols';
import { baseOutlines, CENSUS_CREDIT, NC_BOUNDS } from './base-layer';

/** What the map draws of a place. */
export interface MapPlace {
  id: string;
  name: string;
  kind: string;
  coordinates: ReadonlyArray<readonly number[]>;
}

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

/** A marker's icon: its kind's code in its kind's shape (classes only: the CSP allows no inline style). */
function iconOf(kind: string, selected: boolean): L.DivIcon {
  const { code, shape } = symbolOf(kind);
  return L.divIcon({
    className: `jo-place-marker jo-place-marker--${shape}${selected ? ' jo-place-marker--selected' : ''}`,
    // The code is drawn by CSS (attr()), not as text: the marker's name is its label, which says the kind in words.
    html: `<span aria-hidden="true" data-code="${code}"></span>`,
    iconSize: [28, 28],
    iconAnchor: [14, 14],
  });
}

/**
 * The places of a plan on a Leaflet map (SVG rendering, no WebGL): each point a marker by kind,
 * each route a line; over an agency's tiles or, with none configured, over the county and state
 * outlines shipped with the app. Loaded as its own chunk (LazyPlaceMap): Leaflet stays out of the
 * first visit. The table beside it is the same content for keyboard and screen-reader users.
 */
export default function PlaceMap(props: PlaceMapProps) {
  const { places, tiles, label, compact = false, picking = false, draft, movable = false, selectedId = null } = props;
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const placesLayer = useRef<L.LayerGroup | null>(null);
  const draftLayer = useRef<L.LayerGroup | null>(null);
  const fitted = useRef(false);
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
      // No animated zoom or fades: a map unmounted mid-animation (leaving the section at once)
      // would have Leaflet's transition end run on a removed pane (`_leaflet_pos` of undefined).
      zoomAnimation: false,
      fadeAnimation: false,
      markerZoomAnimation: false,
    });
    created.fitBounds(NC_BOUNDS);
    created.on('click', (event: L.LeafletMouseEvent) => handlers.current.onMapClick?.(lonLat(event.latlng)));
    placesLayer.current = L.layerGroup().addTo(created);
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
      layers = [L.tileLayer(tilesUrl, { maxZoom: 19 })];
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
    if (!current || !group) return;
    group.clearLayers();
    for (const place of places) {
      const kind = enumLabel(PLACE_KIND_LABELS, place.kind);
      const selected = place.id === selectedId;
      if (isRoute(place.kind)) {
        const line = L.polyline(place.coordinates.map(latLngOf), { className: `jo-place-route${selected ? ' jo-place-route--selected' : ''}`, interactive: !compact });
        if (!compact) line.bindTooltip(`${kind}: ${place.name}`, { sticky: true }).on('click', () => handlers.current.onSelect?.(place.id));
        group.addLayer(line);
        continue;
      }
      const point = place.coordinates[0];
      if (!point) continue;
      const name = `${kind}: ${place.name}, ${formatCoordinates(point)}`;
      const marker = L.marker(latLngOf(point), { icon: iconOf(place.kind, selected), title: name, keyboard: !compact, interactive: !compact, draggable: movable && !compact, autoPanOnFocus: false });
      if (!compact) {
        marker.on('click', () => handlers.current.onSelect?.(place.id));
        marker.on('dragend', () => {
          const moved = lonLat(marker.getLatLng());
          void (handlers.current.onMove?.(place, moved) ?? Promise.resolve(false)).then((saved) => {
            if (!saved) marker.setLatLng(latLngOf(point));
          });
        });
      }
      group.addLayer(marker);
      const element = marker.getElement();
      if (element) {
        element.dataset['placeId'] = place.id;
        if (!compact) element.setAttribute('aria-label', movable ? `${name} (drag to move)` : name);
      }
    }
    // The first time there are places (and every time for the small map): show them all.
    if (places.length > 0 && (compact || !fitted.current)) {
      const bounds = L.latLngBounds(places.flatMap((place) => place.coordinates.map(latLngOf)));
      current.fitBounds(bounds.pad(0.2), { maxZoom: 12, animate: false });
      fitted.current = true;
    }
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
