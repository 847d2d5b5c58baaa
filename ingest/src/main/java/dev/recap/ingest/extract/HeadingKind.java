package dev.recap.ingest.extract;

/** What a heading of a recap post announces, as far as talks are concerned. */
enum HeadingKind {
    /** "Day 2", "Jour 1": the talks under it took place that day. */
    DAY,
    /** "Talks", "Les conférences": the headings under it are talks. */
    TALK_LIST,
    /** "Talk: X": a talk, whatever its parent. */
    TALK,
    /** Keynotes, introduction, conclusion, related posts...: never a talk. */
    NOT_A_TALK,
    /** Anything else: a talk only by context. */
    OTHER
}
