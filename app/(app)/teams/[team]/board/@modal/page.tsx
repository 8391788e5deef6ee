// Back on the board itself (also after filtering): no card is open.
export default function NoModal() {
  return null;
}
