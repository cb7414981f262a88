/**
 * Reads CBOR (RFC 8949), the binary format of Pagefind's metadata file: integers, strings, byte
 * strings, arrays, maps and simple values, of definite length, which is all Pagefind writes.
 */
export function decodeCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;

  /** An item's length or value: in the head byte below 24, else in the 1, 2, 4 or 8 bytes after it. */
  function length(info: number): number {
    const start = at;
    switch (info) {
      case 24:
        at += 1;
        return view.getUint8(start);
      case 25:
        at += 2;
        return view.getUint16(start);
      case 26:
        at += 4;
        return view.getUint32(start);
      case 27:
        at += 8;
        return Number(view.getBigUint64(start));
      default:
        if (info < 24) return info;
        throw new Error(`CBOR : longueur indéfinie ou invalide à l’octet ${start - 1}`);
    }
  }

  function item(): unknown {
    const head = view.getUint8(at++);
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      const simple: Record<number, unknown> = { 20: false, 21: true, 22: null, 23: undefined };
      if (info in simple) return simple[info];
      throw new Error(`CBOR : valeur simple ${info} non prise en charge à l’octet ${at - 1}`);
    }
    const n = length(info);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
        return bytes.slice(at, (at += n));
      case 3:
        return text.decode(bytes.subarray(at, (at += n)));
      case 4:
        return Array.from({ length: n }, item);
      case 5:
        return new Map(Array.from({ length: n }, () => [item(), item()] as const));
      default:
        throw new Error(`CBOR : type ${major} non pris en charge à l’octet ${at - 1}`);
    }
  }

  return item();
}
