import { sourcesPartPage } from '@/components/sources/part-page';

const page = sourcesPartPage('registry');
export const generateMetadata = page.generateMetadata;
export default page.Page;
