import { sourcesPartPage } from '../part-page';

const page = sourcesPartPage('places');
export const generateMetadata = page.generateMetadata;
export default page.Page;
