import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorKind } from '../app/graphql-errors';
import { SignOutDocument } from '../gql/graphql';

/**
 * Signs out (this device, or every device) and resets the Apollo store, so `me` and every
 * page's data are fetched again as a signed-out visitor. Goes to the home page.
 */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(SignOutDocument);
  const [failed, setFailed] = useState(false);

  const signOut = async (everywhere = false): Promise<boolean> => {
    setFailed(false);
    try {
      await mutate({ variables: { input: { everywhere } } });
    } catch (error) {
      // UNAUTHENTICATED: the session had already ended; anything else: still signed in.
      if (errorKind(error) !== 'unauthenticated') {
        setFailed(true);
        return false;
      }
    }
    // Leave the page first, synchronously: a page that needs an account (/profil redirects to the
    // sign-in page when `me` becomes null) must be gone before the store reset. A normal navigation
    // is a transition that keeps it on screen while the next page's chunk loads.
    await navigate('/', { flushSync: true });
    await client.resetStore().catch(() => {
      // A refetch that fails shows its own error state; the session is gone either way.
    });
    return true;
  };

  return { signOut, loading, failed, clearFailure: () => setFailed(false) };
}
