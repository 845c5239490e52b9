export function PlacesSection() {
  return null;
}
