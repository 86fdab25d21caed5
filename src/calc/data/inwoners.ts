/**
 * Inhabitants per municipality that SamenTwente uses as verdeelsleutel, per budget year, in the published
 * order. Source for 2025: `shared/domein/inwoners-2025.csv` (total 640.787); a test checks this copy against
 * that file. A new year is one more entry here.
 */
export const INWONERS_PER_JAAR: Readonly<Record<number, ReadonlyArray<readonly [string, number]>>> =
  {
    2025: [
      ["Almelo", 74164],
      ["Borne", 24638],
      ["Dinkelland", 26739],
      ["Enschede", 161852],
      ["Haaksbergen", 24349],
      ["Hellendoorn", 36258],
      ["Hengelo", 83087],
      ["Hof van Twente", 35439],
      ["Losser", 23380],
      ["Oldenzaal", 31795],
      ["Rijssen-Holten", 38681],
      ["Tubbergen", 21397],
      ["Twenterand", 34073],
      ["Wierden", 24935],
    ],
  };
