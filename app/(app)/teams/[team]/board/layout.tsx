// The card detail opens over the board through the @modal slot (an intercepted route);
// opened directly, /teams/<team>/improvements/<id> renders as a page of its own.
export default function BoardLayout({ children, modal }: { children: React.ReactNode; modal: React.ReactNode }) {
  return (
    <>
      {children}
      {modal}
    </>
  );
}
