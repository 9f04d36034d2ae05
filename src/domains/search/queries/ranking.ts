/**
 * The numbers that decide ranking, in one place (ADR 0007 says how to tune them). Scores are shares of
 * the need: each word of the need weighs its inverse document frequency, each document meets each word
 * with a strength from 0 to 1, and a document's coverage is the weighted share of the need it meets.
 */
export interface Ranking {
  /**
   * Strength of a word found in a document's title and names (A), summaries (B), descriptions (C), per
   * kind: a cluster's B and C hold every step of a situation, so a word found there says less. D is a
   * place the service is for ("Ottawa" for an Ontario service).
   */
  field: Record<'cluster' | 'service', { A: number; B: number; C: number; D: number }>;
  /** A word read through a spelling correction counts this much of one typed right. */
  correctedReading: number;
  /** Weight of a word full-text search does not stem (a stop word such as "off"), met only by terms. */
  unstemmedWeight: number;
  /** Strength of a service's name (acronym, short form, nickname) matched word for word. */
  name: number;
  /** Strength of an everyday phrase kept for a service. */
  description: number;
  /** Strength of a cluster's title or synonym matched word for word. */
  clusterTerm: number;
  /** A term kept in the other official language counts this much. */
  otherLanguage: number;
  /** Added to a service for the share of the need its names cover: naming a program means it. */
  nameBonus: number;
  /**
   * Services scoring within this share of the best one meet the need as well: the need names no one
   * service ("death certificate" in two provinces), so none gets the name bonus and the situation leads.
   */
  ambiguousWithin: number;
  /** When services tie for first, a cluster holding two of them leads. */
  tiedServicesGoToSituation: boolean;
  /** A cluster's coverage is multiplied by this: a situation leads when it meets as much as a service. */
  clusterWeight: number;
  /** Added to a cluster for the share of the need met by its own terms that name no service (events). */
  eventBonus: number;
  /** How much of a contained service's strength a cluster takes for each word. */
  containedService: number;
  /** A cluster says it matched through a service when its own words cover less than this share. */
  containsWhyBelow: number;
  /** Results scoring this or less are not shown. */
  minimumScore: number;
  /**
   * Candidates read per kind: those holding every telling word (or all but one), and per word. A word
   * held by more than `commonShare` of the documents (and more than `perWordMaxDocuments`) is not
   * telling; a word held by at most `perWordMaxDocuments` has its own set.
   */
  candidates: {
    cluster: { all: number; each: number };
    service: { all: number; each: number };
    commonShare: number;
    perWordMaxDocuments: number;
  };
}

export const RANKING: Ranking = {
  field: { cluster: { A: 1, B: 0.3, C: 0.15, D: 0.1 }, service: { A: 1, B: 0.45, C: 0.25, D: 0.6 } },
  correctedReading: 0.9,
  unstemmedWeight: 1,
  name: 1,
  description: 0.85,
  clusterTerm: 1,
  otherLanguage: 0.8,
  nameBonus: 0.7,
  ambiguousWithin: 0.03,
  tiedServicesGoToSituation: true,
  clusterWeight: 1.1,
  eventBonus: 0.45,
  containedService: 0.55,
  containsWhyBelow: 0.34,
  minimumScore: 0.05,
  candidates: {
    cluster: { all: 100, each: 60 },
    service: { all: 60, each: 40 },
    commonShare: 0.05,
    perWordMaxDocuments: 2000,
  },
};
