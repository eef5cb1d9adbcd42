#!/usr/bin/env bash
# Builds the self-hosted video interviews in public/videos/ from the story files.
#
# Needs the Debian packages: ffmpeg espeak-ng sox   (apt-get install -y ffmpeg espeak-ng sox)
#
# Why generated: the project has no recorded interviews yet. Each video is the story's
# portrait illustration as a still picture, with the Dutch transcript spoken by espeak-ng.
# The captions are timed from the synthesis itself (one WAV per sentence, measured), so
# they match the audio exactly instead of being guessed from a reading speed.
#
# Outputs per story slug (overwritten on every run):
#   public/videos/interview-<slug>.mp4     H.264 + AAC, 1280x800, still image, Dutch audio
#   public/videos/interview-<slug>.nl.vtt  Dutch captions (the audio as spoken)
#   public/videos/interview-<slug>.en.vtt  English subtitles, timed to the Dutch sentences
#
# Usage: scripts/make-videos.sh [slug ...]   (no arguments: all video interviews below)
# The story files are only read; the script prints each real duration as ISO 8601 so
# video.duration in the front matter can be checked by hand.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/public/videos"
STORIES="$ROOT/content/stories"

SLUGS=(ruben-software-voor-de-maakindustrie anouk-trainee-bij-de-gemeente-hengelo)
[[ $# -gt 0 ]] && SLUGS=("$@")

VOICE=nl      # espeak-ng Dutch voice
SPEED=150     # words per minute; espeak's default 175 is hard to follow for learners
LEAD=0.5      # silence before the first sentence, so playback does not start mid-word
GAP=0.3       # pause between sentences within a question/answer block
BLOCK_GAP=0.8 # longer pause between blocks, so the next question is heard as new
TAIL=1.5      # silence after the last sentence; the last cue must end before the video
MAX_LINE=42   # caption line length (BBC/Netflix style); at most two lines per cue

for tool in espeak-ng sox soxi ffmpeg ffprobe awk; do
  command -v "$tool" >/dev/null || {
    echo "missing $tool: apt-get install -y ffmpeg espeak-ng sox" >&2
    exit 1
  }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

# Prints the block scalar `video.transcript: |` from a story's front matter, without its
# indentation. Blank lines (block separators) are kept; trailing blank lines are dropped.
transcript() {
  awk '
    NR == 1 && /^---/ { fm = 1; next }
    fm && /^---/ { exit }
    !fm { next }
    /^  transcript: *\|/ { inside = 1; next }
    inside {
      if ($0 ~ /^[ \t]*$/) { blanks++; next }
      if ($0 !~ /^    /) exit
      for (; blanks > 0; blanks--) print ""
      sub(/^    /, ""); print
    }
  ' "$1"
}

# Splits transcript lines into sentences: "block<TAB>line<TAB>sentence" per sentence.
# A line is a question or an answer; blocks are separated by blank lines.
sentences() {
  awk '
    BEGIN { OFS = "\t"; block = 1 }
    /^[ \t]*$/ { if (line > 0) { block++; line = 0 }; next }
    {
      line++
      rest = $0
      # A sentence ends at . ? or ! followed by a space or the end of the line.
      while (match(rest, /[.?!]+( |$)/)) {
        s = substr(rest, 1, RSTART + RLENGTH - 1)
        rest = substr(rest, RSTART + RLENGTH)
        sub(/ +$/, "", s)
        if (s != "") print block, line, s
      }
      sub(/^ +/, "", rest); sub(/ +$/, "", rest)
      if (rest != "") print block, line, rest
    }
  ' "$1"
}

# Writes WebVTT from "start<TAB>end<TAB>text" rows. Text longer than one line is balanced
# over two lines of at most MAX_LINE characters; text that does not fit in two lines is
# split into several cues at word boundaries, with the time shared by character count.
# (mawk counts bytes, so a line with é or ë may break a little early; never too late.)
vtt() {
  awk -F '\t' -v max="$MAX_LINE" '
    function ts(t,   h, m, s) {
      t = int(t * 1000 + 0.5)
      h = int(t / 3600000); t -= h * 3600000
      m = int(t / 60000); t -= m * 60000
      s = int(t / 1000); t -= s * 1000
      return sprintf("%02d:%02d:%02d.%03d", h, m, s, t)
    }
    # Best break of text into two lines (each <= max), closest to the middle; "" if none.
    function two(text,   n, i, best, d, bd) {
      n = length(text)
      if (n <= max) return text
      best = 0; bd = n
      for (i = 2; i < n; i++) {
        if (substr(text, i, 1) != " ") continue
        if (i - 1 > max || n - i > max) continue
        d = i - n / 2; if (d < 0) d = -d
        if (substr(text, i - 1, 1) == ",") d -= 8  # a comma is a natural line break
        if (d < bd) { bd = d; best = i }
      }
      if (!best) return ""
      return substr(text, 1, best - 1) "\n" substr(text, best + 1)
    }
    # Splits text into k pieces at the spaces nearest to equal lengths; result in part[].
    function split_k(text, k,   n, j, target, i, best, bd, d, from, cnt) {
      n = length(text); from = 1; cnt = 0
      for (j = 1; j < k; j++) {
        target = int(n * j / k)
        best = 0; bd = n
        for (i = from + 1; i < n; i++) {
          if (substr(text, i, 1) != " ") continue
          d = i - target; if (d < 0) d = -d
          # Prefer breaking after a comma: it reads as a natural pause.
          if (substr(text, i - 1, 1) == ",") d -= 8
          if (d < bd) { bd = d; best = i }
        }
        if (!best) break
        part[++cnt] = substr(text, from, best - from)
        from = best + 1
      }
      part[++cnt] = substr(text, from)
      return cnt
    }
    BEGIN { print "WEBVTT"; cue = 0 }
    {
      start = $1; end = $2; text = $3
      for (k = 1; ; k++) {
        cnt = split_k(text, k); ok = 1
        for (p = 1; p <= cnt; p++) if (two(part[p]) == "") ok = 0
        if (ok || k > 10) break
      }
      total = 0
      for (p = 1; p <= cnt; p++) total += length(part[p])
      t = start
      for (p = 1; p <= cnt; p++) {
        e = (p == cnt) ? end : t + (end - start) * length(part[p]) / total
        printf "\n%d\n%s --> %s\n%s\n", ++cue, ts(t), ts(e), two(part[p])
        t = e
      }
    }
  '
}

# Aligns the English sentences to the timed Dutch ones. Input files: nl.timed
# ("block line start end text") and en.sent ("block line text"). The transcripts are
# parallel: per question/answer line, the same number of sentences maps one to one;
# otherwise the line (or, if a block has a different number of lines, the whole block)
# keeps its Dutch time span and shares it over its English sentences by length.
align() {
  awk -F '\t' -v OFS='\t' '
    FNR == 1 { file++ }
    file == 1 {
      b = $1; l = $2
      nlines[b] = (l > nlines[b]) ? l : nlines[b]
      nl_n[b, l]++; nl_s[b, l, nl_n[b, l]] = $3; nl_e[b, l, nl_n[b, l]] = $4
      if (!((b, "start") in span)) span[b, "start"] = $3
      span[b, "end"] = $4
      if (b > nblocks) nblocks = b
      next
    }
    {
      b = $1; l = $2
      en_n[b, l]++; en_t[b, l, en_n[b, l]] = $3
      enlines[b] = (l > enlines[b]) ? l : enlines[b]
      if (b > en_blocks) en_blocks = b
    }
    END {
      if (nblocks != en_blocks) {
        printf "transcripts have %d Dutch and %d English blocks; cannot align\n", nblocks, en_blocks > "/dev/stderr"
        exit 1
      }
      for (b = 1; b <= nblocks; b++) {
        if (nlines[b] == enlines[b]) {
          for (l = 1; l <= nlines[b]; l++) {
            if (nl_n[b, l] == en_n[b, l]) {
              for (i = 1; i <= en_n[b, l]; i++) print nl_s[b, l, i], nl_e[b, l, i], en_t[b, l, i]
            } else {
              spread(nl_s[b, l, 1], nl_e[b, l, nl_n[b, l]], b, l, l)
            }
          }
        } else {
          spread(span[b, "start"], span[b, "end"], b, 1, enlines[b])
        }
      }
    }
    # Shares [s, e] over the English sentences of lines l1..l2 of block b by length.
    function spread(s, e, b, l1, l2,   l, i, total, t, d) {
      total = 0
      for (l = l1; l <= l2; l++) for (i = 1; i <= en_n[b, l]; i++) total += length(en_t[b, l, i])
      t = s
      for (l = l1; l <= l2; l++) for (i = 1; i <= en_n[b, l]; i++) {
        d = (e - s) * length(en_t[b, l, i]) / total
        print t, t + d, en_t[b, l, i]
        t += d
      }
    }
  ' "$1" "$2"
}

add() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", a + b }'; }

# Silence in espeak-ng's own format (22050 Hz, mono, 16 bit) so sox can join the WAVs
# sample-exactly and the summed durations equal the real timeline.
silence() { sox -R -n -r 22050 -c 1 -b 16 "$1" trim 0 "$2"; }

for slug in "${SLUGS[@]}"; do
  nl_md="$STORIES/nl/$slug.md"
  en_md="$STORIES/en/$slug.md"
  [[ -f $nl_md && -f $en_md ]] || { echo "no nl/en story for $slug" >&2; exit 1; }
  dir="$WORK/$slug"
  mkdir -p "$dir"

  # The picture is the story's hero illustration (../../images/portret-N.jpg).
  hero="$(awk '/^hero:/ { h = 1; next } h && /^  src:/ { print $2; exit }' "$nl_md")"
  image="$ROOT/content/images/$(basename "$hero")"
  [[ -f $image ]] || { echo "hero image not found for $slug: $hero" >&2; exit 1; }

  transcript "$nl_md" >"$dir/nl.txt"
  transcript "$en_md" >"$dir/en.txt"
  sentences "$dir/nl.txt" >"$dir/nl.sent"
  sentences "$dir/en.txt" >"$dir/en.sent"
  [[ -s $dir/nl.sent && -s $dir/en.sent ]] || { echo "empty transcript for $slug" >&2; exit 1; }

  silence "$dir/lead.wav" "$LEAD"
  silence "$dir/gap.wav" "$GAP"
  silence "$dir/block-gap.wav" "$BLOCK_GAP"
  silence "$dir/tail.wav" "$TAIL"

  # Speak each sentence on its own and measure it; the cue times are the running sum.
  parts=("$dir/lead.wav")
  t="$LEAD"
  prev_block=""
  n=0
  : >"$dir/nl.timed"
  while IFS=$'\t' read -r block line text; do
    n=$((n + 1))
    if [[ -n $prev_block ]]; then
      if [[ $block != "$prev_block" ]]; then
        parts+=("$dir/block-gap.wav"); t="$(add "$t" "$BLOCK_GAP")"
      else
        parts+=("$dir/gap.wav"); t="$(add "$t" "$GAP")"
      fi
    fi
    wav="$dir/s$(printf %03d "$n").wav"
    espeak-ng -v "$VOICE" -s "$SPEED" -w "$wav" -- "$text"
    end="$(add "$t" "$(soxi -D "$wav")")"
    printf '%s\t%s\t%s\t%s\t%s\n' "$block" "$line" "$t" "$end" "$text" >>"$dir/nl.timed"
    parts+=("$wav")
    t="$end"
    prev_block="$block"
  done <"$dir/nl.sent"
  parts+=("$dir/tail.wav")
  total="$(add "$t" "$TAIL")"

  # norm: peak-normalise so the speech plays at a normal level. -R: sox dithers with a
  # random seed by default, which would make every run's audio (and MP4) different.
  sox -R "${parts[@]}" "$dir/audio.wav" norm -1

  # Still picture at 2 fps: nothing moves, so more frames would only cost bytes.
  # 1280x800 keeps the illustration's 16:10 frame, the same as the poster image the
  # page shows before playback. The bitexact flags keep re-runs byte-identical.
  ffmpeg -nostdin -hide_banner -loglevel error -y \
    -loop 1 -framerate 2 -t "$total" -i "$image" \
    -i "$dir/audio.wav" \
    -map 0:v -map 1:a \
    -vf "scale=1280:800:force_original_aspect_ratio=increase,crop=1280:800,format=yuv420p" \
    -c:v libx264 -preset veryslow -tune stillimage -crf 30 -r 2 -g 20 \
    -c:a aac -b:a 48k -ac 1 -ar 44100 \
    -t "$total" -map_metadata -1 -metadata:s:a:0 language=dut \
    -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
    -movflags +faststart \
    "$dir/video.mp4"

  cut -f 3- "$dir/nl.timed" | vtt >"$dir/nl.vtt"
  align "$dir/nl.timed" "$dir/en.sent" | vtt >"$dir/en.vtt"

  # Replace the outputs only when everything for this slug succeeded.
  mv -f "$dir/video.mp4" "$OUT/interview-$slug.mp4"
  mv -f "$dir/nl.vtt" "$OUT/interview-$slug.nl.vtt"
  mv -f "$dir/en.vtt" "$OUT/interview-$slug.en.vtt"

  secs="$(awk -v t="$total" 'BEGIN { printf "%d", t + 0.5 }')"
  # ISO 8601 as the story schema wants it: PT55S, PT1M, PT1M4S.
  iso="PT"
  if ((secs >= 60)); then iso+="$((secs / 60))M"; fi
  if ((secs % 60 || secs < 60)); then iso+="$((secs % 60))S"; fi
  printf '%s: %s s (%s), %s sentences\n' "$slug" "$total" "$iso" "$n"
done
