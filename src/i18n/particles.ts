/** Korean particles (조사) chosen by how the text before them is read: Hangul, numbers, addresses, MACs and Latin names. */

/** How a word ends when read aloud in Korean: a vowel, the consonant ㄹ, or any other final consonant (받침). */
export type FinalSound = 'vowel' | 'rieul' | 'consonant';

/** Sino-Korean readings of the digits 1–9: 일 이 삼 사 오 육 칠 팔 구. */
const DIGIT: readonly FinalSound[] = [
  'consonant', // 0 영 (only for a number that is all zeros)
  'rieul', // 1 일
  'vowel', // 2 이
  'consonant', // 3 삼
  'vowel', // 4 사
  'vowel', // 5 오
  'consonant', // 6 육
  'rieul', // 7 칠
  'rieul', // 8 팔
  'vowel', // 9 구
];

/** English letter names as Korean reads them: only L 엘, M 엠, N 엔, R 알 end in a consonant. */
const LETTER: Readonly<Record<string, FinalSound>> = {
  l: 'rieul',
  r: 'rieul',
  m: 'consonant',
  n: 'consonant',
};

/** Upper-case names read as words rather than letter by letter (VXLAN 브이엑스랜, NAT 낫, SYN 신 …; ACK is spelled, as in “ACK를”). */
const SAID_AS_WORDS: Readonly<Record<string, FinalSound>> = {
  VXLAN: 'consonant',
  VLAN: 'consonant',
  LAN: 'consonant',
  WAN: 'consonant',
  NAT: 'consonant',
  SNAT: 'consonant',
  DNAT: 'consonant',
  SYN: 'consonant',
  FIN: 'consonant',
  VTEP: 'consonant',
  NIC: 'consonant',
  JSON: 'consonant',
  MAC: 'consonant',
  YAML: 'rieul',
  CIDR: 'vowel',
  POSIX: 'vowel',
};

/** Lower-case words whose spelling misleads the rules below (hub 허브, check 체크). */
const WORDS: Readonly<Record<string, FinalSound>> = {
  hub: 'vowel',
  sub: 'vowel',
  check: 'vowel',
  app: 'consonant',
};

/** Korean number units by the count of trailing zeros: 십 백 천, then 만 억 조 경 every four. */
function unitSound(zeros: number): FinalSound {
  if (zeros <= 3) return 'consonant'; // 십, 백, 천
  if (zeros >= 12 && zeros < 16) return 'vowel'; // 조
  return 'consonant'; // 만, 억, 경
}

/** How a run of digits is read as a Korean number: by its last digit, or by the unit of its trailing zeros. */
function numberSound(digits: string): FinalSound {
  const trimmed = digits.replace(/0+$/, '');
  if (trimmed === '') return 'consonant'; // 영
  const zeros = digits.length - trimmed.length;
  if (zeros > 0) return unitSound(zeros);
  return DIGIT[Number(trimmed[trimmed.length - 1])] ?? 'consonant';
}

/** The final sound of one letter read by its English name. */
function letterSound(letter: string): FinalSound {
  return LETTER[letter.toLowerCase()] ?? 'vowel';
}

const VOWELS = 'aeiou';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

/** Whether the last letter of w follows exactly one vowel letter (cat, kubelet, web, mac; not root, host). */
function afterShortVowel(w: string): boolean {
  const n = w.length;
  return isVowel(w[n - 2]) && !isVowel(w[n - 3]);
}

/** How an English word is read in Korean loanword spelling (외래어 표기법), by its ending. */
function englishSound(word: string): FinalSound {
  const w = word.toLowerCase();
  const known = WORDS[w];
  if (known) return known;
  if (!/[aeiouy]/.test(w)) return letterSound(w[w.length - 1] ?? ''); // tcp, dns, ttl: spelled out
  if (w.endsWith('ng')) return 'consonant'; // ping 핑
  if (/(l|le)$/.test(w)) return 'rieul'; // flannel 플란넬, kubectl, table 테이블, file 파일
  if (/(re|r)$/.test(w)) return 'vowel'; // server 서버, core 코어
  if (/[mn]e?$/.test(w) && w.length > 2) return 'consonant'; // name 네임, line 라인, vxlan 랜
  if (/[mn]$/.test(w)) return 'consonant';
  if (w.endsWith('ck')) return 'consonant'; // stack 스택
  if (w.endsWith('k')) return afterShortVowel(w) || w.endsWith('ook') ? 'consonant' : 'vowel'; // book 북, link 링크
  if (/[ptbc]$/.test(w)) return afterShortVowel(w) ? 'consonant' : 'vowel'; // kubelet 큐블릿, web 웹, host 호스트
  return 'vowel'; // nginx 엔진엑스, redis 레디스, node 노드, log 로그, proxy 프록시, api
}

const MAC = /^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$/i;
const VETH = /^veth[0-9a-f]+$/i;

/** How a run of Latin letters at the end of a token is read: spelled out, said as a word, or by its last camel-case part. */
function latinSound(token: string, letters: string): FinalSound {
  const before = token[token.length - letters.length - 1];
  // hex is read letter by letter: a MAC (…:0a, …:ab), a veth name, a short run after a digit (1f)
  const hex =
    MAC.test(token) || VETH.test(token) || (letters.length <= 2 && /\d/.test(before ?? ''));
  if (hex) return letterSound(letters[letters.length - 1] ?? '');
  const parts = letters.split(/(?<=[a-z])(?=[A-Z])/);
  const last = parts[parts.length - 1] ?? letters;
  if (last.length === 1) return letterSound(last);
  if (last === last.toUpperCase())
    return SAID_AS_WORDS[last] ?? letterSound(last[last.length - 1] ?? '');
  return englishSound(last);
}

/** The part of a text a particle attaches to: without closing quotes or brackets and a trailing (aside). */
function lastToken(text: string): string {
  let s = text.trimEnd();
  for (;;) {
    const next = s
      .replace(/\s*\([^()]*\)$/, '') // 쿠버네티스(Kubernetes)는: read the word before the brackets
      .replace(/[\s"'”’»」』>\].,:;!?…]+$/, '');
    if (next === s) break;
    s = next;
  }
  return s.slice(s.search(/\S+$/));
}

/** How the end of a text is read aloud: Hangul by its last syllable, numbers in Sino-Korean, Latin names in English. */
export function finalSound(text: string): FinalSound {
  const token = lastToken(text);
  const last = token[token.length - 1];
  if (last === undefined) return 'vowel';
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? 'vowel' : jong === 8 ? 'rieul' : 'consonant';
  }
  const digits = /\d+$/.exec(token);
  if (digits) return numberSound(digits[0]);
  const letters = /[A-Za-z]+$/.exec(token);
  if (letters) return latinSound(token, letters[0]);
  return 'vowel';
}

/** Whether the end of a text is read with a final consonant (받침), ㄹ included. */
export function hasBatchim(text: string): boolean {
  return finalSound(text) !== 'vowel';
}

/**
 * The particle of a pair written "after-consonant/after-vowel" ("이/가", "을/를", "으로/로",
 * "이라고/라고") that fits the end of a text. A form starting with 으 is used after a consonant
 * other than ㄹ only: 서울로, 1로, but 3으로.
 */
export function josa(text: string, pair: string): string {
  const slash = pair.indexOf('/');
  const afterConsonant = pair.slice(0, slash);
  const afterVowel = pair.slice(slash + 1);
  const sound = finalSound(text);
  if (sound === 'vowel') return afterVowel;
  if (sound === 'rieul' && afterConsonant.startsWith('으')) return afterVowel;
  return afterConsonant;
}

/** A text followed by the particle of a pair that fits it ("nginx" + "을/를" → "nginx를"). */
export function withJosa(text: string, pair: string): string {
  return text + josa(text, pair);
}
