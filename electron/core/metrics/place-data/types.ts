/** How high a place stands: a union holds countries, a country nations or provinces, and so down. */
export type PlaceLevel = 'world' | 'union' | 'country' | 'nation' | 'province' | 'city' | 'district';

export interface PlaceRow {
  id: string;
  level: PlaceLevel;
  parent: string | null;
  /** Names that stand for this place alone, unless another place has the same full name. */
  names: string[];
  /** Short forms (新乡 for 新乡市) that give way to any other place's full name of the same spelling. */
  short: string[];
}
